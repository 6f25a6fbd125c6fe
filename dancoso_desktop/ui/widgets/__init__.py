"""Small widgets shared by the pages: messages, a Vietnamese date edit, a task runner."""
