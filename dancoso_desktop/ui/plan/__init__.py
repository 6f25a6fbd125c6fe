"""The plan editor: section tree model, filter, detail forms, undo commands, new-plan dialog."""
