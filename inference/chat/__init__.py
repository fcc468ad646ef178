"""Chat formats of the models the engine serves: the chat templates Sluice ships (for checkpoints that
carry none), the thinking modes a request selects, and the parsers that turn a model's raw completion
into an OpenAI message (reasoning, answer, tool calls)."""
