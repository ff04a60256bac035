-- One schema per module. Each module's scripts create tables only in its own schema.
CREATE SCHEMA IF NOT EXISTS directory;
