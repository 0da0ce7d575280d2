"""Loaders that turn YAML, workbooks or stored snapshots into the form model."""
