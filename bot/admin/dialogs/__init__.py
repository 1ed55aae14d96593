"""The dialog editor: drafts, the words catalog, previews."""
