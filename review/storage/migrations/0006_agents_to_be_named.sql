-- An agent created by an import from the id in a file name (`callqa import --create-agents`) has
-- no name yet: it is marked until someone names it (`callqa agent add ID NAME`).
ALTER TABLE agents ADD COLUMN to_be_named BOOLEAN NOT NULL DEFAULT FALSE;
