"""Reports and the trust chain: signed PDF reports, auditor identities, verification.

No Qt here; the GUI and the command line call these functions.
"""
