"""What "this audit, signed" means, for every channel that carries an audit.

The canonical record of an audit and its digest (:mod:`.record`), the signature over the
digest (:mod:`.signature`), auditor identities and certificates (:mod:`.identity`,
:mod:`.certs`), the sync envelope of a locked revision (:mod:`.revision`) and the
server's receipts (:mod:`.receipt`). The PDF, the workbook's ``_meta`` sheet, the
importer, the sync client and the head-office server all use this package; it stands on
:mod:`auditapp.core` only, with no Qt, no SQL and no desktop store.
"""
