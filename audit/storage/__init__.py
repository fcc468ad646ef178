"""Database tables of the audit log and the operations on them (append, read, prove, purge)."""
