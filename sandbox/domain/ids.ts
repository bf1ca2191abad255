/**
 * Identifiers shaped like the docs' examples (entityId 24 digits, kit 9 digits, accountId 17 digits).
 * One counter per sandbox, shared by all tenants, so no two tenants ever hold the same id: a tenant
 * asking for another tenant's id then finds nothing, as isolation requires.
 */
export class IdSource {
  private next = 1;

  private take(width: number): string {
    return String(this.next++).padStart(width, '0');
  }

  /** e.g. `615928980000000123251125`: a fixed prefix, a sequence, and the issue date ddMMyy. */
  entityId(now: Date): string {
    const day = String(now.getUTCDate()).padStart(2, '0');
    const month = String(now.getUTCMonth() + 1).padStart(2, '0');
    const year = String(now.getUTCFullYear() % 100).padStart(2, '0');
    return `61592898${this.take(10)}${day}${month}${year}`;
  }

  customerId(): string {
    return `99${this.take(7)}`;
  }

  kitNo(): string {
    return `9${this.take(8)}`;
  }

  accountId(): string {
    return `1758781${this.take(10)}`;
  }

  externalTransactionId(): string {
    return `ext${this.take(29)}`;
  }
}
