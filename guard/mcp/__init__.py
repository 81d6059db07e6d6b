"""The guard as an MCP server: the tools an AI sales agent calls before every send."""
