/** Initiatives grouped by status, in board order, with every status present even when empty. */
import { INITIATIVE_STATUS_ORDER, type Initiative, type InitiativeStatus } from './organisation.ts';

export interface StatusColumn {
  status: InitiativeStatus;
  initiatives: Initiative[];
}

export function initiativesByStatus(initiatives: readonly Initiative[]): StatusColumn[] {
  return INITIATIVE_STATUS_ORDER.map((status) => ({
    status,
    initiatives: initiatives.filter((i) => i.data.status === status),
  }));
}
