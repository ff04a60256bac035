-- Areas of the organisation that answer escalations, and the topic catalogue (area -> topic -> subtopic).
CREATE TABLE directory.areas (
    id            uuid PRIMARY KEY,
    code          text NOT NULL CHECK (code ~ '^[A-Z0-9_-]{2,30}$'),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    manager_email text NULL,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE UNIQUE INDEX areas_code_key ON directory.areas (code);

CREATE TABLE directory.topics (
    id         uuid PRIMARY KEY,
    area_id    uuid NOT NULL REFERENCES directory.areas (id),
    parent_id  uuid NULL REFERENCES directory.topics (id),
    code       text NOT NULL CHECK (code ~ '^[A-Z0-9_-]{2,40}$'),
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
-- Topic codes are global so partners can type a case by code alone.
CREATE UNIQUE INDEX topics_code_key ON directory.topics (code);
CREATE INDEX topics_area_idx ON directory.topics (area_id, parent_id);
CREATE INDEX topics_parent_idx ON directory.topics (parent_id) WHERE parent_id IS NOT NULL;
