"""The rules of boards, meetings and actions, free of any framework."""
