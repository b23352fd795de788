/**
 * The alignment matrix: for every strategy pillar and department, the wins and initiatives that
 * serve both. Empty cells are the point: they show where IT's work does not yet reach.
 */
import type { Department, Initiative, Organisation, StrategyPillar, Win } from './organisation.ts';

export interface AlignmentCell {
  pillar: StrategyPillar;
  department: Department;
  wins: Win[];
  initiatives: Initiative[];
}

export interface AlignmentMatrix {
  pillars: StrategyPillar[];
  departments: Department[];
  /** rows[pillar index][department index] */
  rows: AlignmentCell[][];
}

export function alignmentMatrix(org: Organisation): AlignmentMatrix {
  const pillars = org.strategy.filter((pillar) => pillar.data.status === 'current');
  const rows = pillars.map((pillar) =>
    org.departments.map((department) => ({
      pillar,
      department,
      wins: org.winsForStrategy(pillar.id).filter((win) => win.data.departments.includes(department.id)),
      initiatives: org
        .initiativesForStrategy(pillar.id)
        .filter((initiative) => initiative.data.departments.includes(department.id)),
    })),
  );
  return { pillars, departments: org.departments, rows };
}

export function cellCount(cell: AlignmentCell): number {
  return cell.wins.length + cell.initiatives.length;
}
