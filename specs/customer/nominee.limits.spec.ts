import { expandRows, type LimitRow, limitFile, limitDeclaration, presenceOf, test, verify } from '../../harness';

// Rules: api-library/customer/updateNominee ("percentage shares must total 100% across all nominees"; "guardian
// details are required if the nominee is a minor"), as the rows of fixtures/limits/nominee.json. A percentShare row's
// value is the share of its one nominee, or an array of the shares of several ([50, 49]). The API has no read of
// nominees, so the answer is the only outcome.
const file = limitFile('nominee');

test.describe(file.title, () => {
  for (const limitCase of expandRows(file, {})) {
    const { row } = limitCase;
    test(...limitDeclaration(file, limitCase), async ({ api, data }) => {
      const customer = await data.customer();
      const shares = row.field === 'percentShare' ? [row.value].flat() : [100];
      const nominees: Record<string, unknown>[] = shares.map((percentShare) => data.nominee({ percentShare }));
      if (row.given?.nominee === 'minor') nominees[0] = minor(row, nominees[0], data.dateOfBirth('yyyy-MM-dd', { min: 5, max: 12 }), data.nominee({ percentShare: 0 }));
      const exchange = await api.call(file.operation, { pathParams: { entityId: customer.entityId }, body: { nominees } });
      verify(exchange, { ...row.expect, requirements: row.requirements });
    });
  }
});

/** The given the rows use, a minor nominee, with the guardian the row's value gives or leaves out (its presence). */
function minor(row: LimitRow, nominee: Record<string, unknown>, dob: string, adult: Record<string, unknown>): Record<string, unknown> {
  const guardian = { name: adult.name, relationship: 'FATHER', mobile: adult.mobile };
  return { ...nominee, minor: true, dob, ...(presenceOf(row.value) === 'given' ? { guardian } : {}) };
}
