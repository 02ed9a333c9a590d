import { describe, expect, it } from 'vitest';
import { findAreas } from '../../../src/core/solver/scope.js';
import { solve } from '../../../src/core/solver/solve.js';

const areas = (text: string) => findAreas(text).map((h) => h.area);

/**
 * The database the scenario's data already sits in is a data source, not a need for a database:
 * "invoices kept in a MySQL database" sets the scene, "must be stored in a MySQL database" asks.
 * (Before the fix the first read as a need for RDS and took a GraphQL scenario outside the rule.)
 */
describe('where the data already lives is the setting', () => {
  it('reads no database need from the store the data is held in', () => {
    expect(areas('The dashboard combines orders stored in DynamoDB with invoices kept in a MySQL database.')).not.toContain('rds');
    expect(areas('Invoices must be stored in a MySQL database with nightly backups.')).toContain('rds');
    expect(areas('The finance team wants the invoices kept in a MySQL database from now on.')).toContain('rds');
  });

  it('answers a GraphQL scenario over several data sources with AppSync', () => {
    expect(solve("A clinic's staff app shows patient visits from Amazon DynamoDB next to lab results held in a PostgreSQL database on one screen. The developers want a single endpoint that returns just the fields each screen asks for in one request. Which service should they use?").service).toBe('appsync');
  });
});
