import { expect, test } from '@playwright/test';
import { searchTerms } from '../../src/search/search-terms';

test('every tail of a constant name, and every word, once each', () => {
  expect(searchTerms(['WEBIM_UPLOADFILE_NO_LOGIN']).split(' ')).toEqual([
    'webim_uploadfile_no_login',
    'uploadfile_no_login',
    'no_login',
    'login',
    'webim',
    'uploadfile',
    'no',
  ]);
});

test('adds the correct spelling of the SDK\'s CONNCTION', () => {
  const terms = searchTerms(['WEBIM_CONNCTION_USER_REMOVED']).split(' ');
  expect(terms).toContain('connection');
  expect(terms).toContain('webim_connection_user_removed');
  expect(searchTerms(['SERVER_BUSY']).split(' ')).not.toContain('connection');
});

test('aliases contribute their words too', () => {
  expect(searchTerms(['REQUEST_SUCCESS', 'WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR']).split(' ')).toContain('not_assign_error');
});
