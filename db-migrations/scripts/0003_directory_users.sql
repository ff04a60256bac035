-- Staff accounts. Roles are a small closed set, kept as an array on the row (read on every request).
CREATE TABLE directory.users (
    id                 uuid PRIMARY KEY,
    email              text NOT NULL CHECK (email = lower(email)),
    display_name       text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    password_hash      text NOT NULL,
    roles              text[] NOT NULL DEFAULT '{}'
        CHECK (roles <@ ARRAY['agent','backoffice','area_responder','supervisor','quality_auditor','manager','admin']),
    active             boolean NOT NULL DEFAULT true,
    -- Changes whenever sessions must end (deactivation, password change); cookies carry it.
    security_stamp     uuid NOT NULL,
    failed_login_count integer NOT NULL DEFAULT 0,
    locked_until       timestamptz NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON directory.users (email);

CREATE TABLE directory.user_areas (
    user_id uuid NOT NULL REFERENCES directory.users (id),
    area_id uuid NOT NULL REFERENCES directory.areas (id),
    PRIMARY KEY (user_id, area_id)
);
CREATE INDEX user_areas_area_idx ON directory.user_areas (area_id);
