-- Partner systems and their API keys. A partner outlives its keys (rotation), so data a partner creates
-- belongs to the partner, not to the key.
CREATE TABLE directory.partners (
    id         uuid PRIMARY KEY,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX partners_name_key ON directory.partners (lower(name));

CREATE TABLE directory.api_keys (
    id         uuid PRIMARY KEY,
    partner_id uuid NOT NULL REFERENCES directory.partners (id),
    -- The public part of the key, used to find the row; the secret is stored only as a SHA-256 hash.
    key_prefix text NOT NULL,
    key_hash   bytea NOT NULL,
    scopes     text[] NOT NULL CHECK (cardinality(scopes) > 0),
    created_at timestamptz NOT NULL,
    created_by uuid NOT NULL,
    revoked_at timestamptz NULL,
    revoked_by uuid NULL
);
CREATE UNIQUE INDEX api_keys_prefix_key ON directory.api_keys (key_prefix);
CREATE INDEX api_keys_partner_idx ON directory.api_keys (partner_id);
