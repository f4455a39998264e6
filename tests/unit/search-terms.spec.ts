import { expect, test } from '@playwright/test';
import { searchTerms } from '../../src/utils/search-terms';

test('splits constant names into lowercase words, once each', () => {
  expect(searchTerms(['WEBIM_UPLOADFILE_NO_LOGIN', 'WEBIM_UPLOADFILE_ERROR'])).toBe('webim uploadfile no login error');
});

test('adds the correct spelling of the SDK\'s CONNCTION', () => {
  expect(searchTerms(['WEBIM_CONNCTION_USER_REMOVED']).split(' ')).toContain('connection');
  expect(searchTerms(['SERVER_BUSY']).split(' ')).not.toContain('connection');
});
