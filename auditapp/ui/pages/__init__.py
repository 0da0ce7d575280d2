"""The main window's pages and dialogs, one noun per module."""
