-- A call some phone systems record one direction per file: relative_path is the agent's leg
-- (channel 0 of the call) and second_leg_path the customer's (channel 1). Empty for a call in one
-- file. content_sha256 of such a call covers both legs (see review/calls/calllegs.h).
ALTER TABLE calls ADD COLUMN second_leg_path TEXT;
