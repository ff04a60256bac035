-- Append-only log of security events. Rows can be added, never changed or removed.
CREATE TABLE directory.audit_log (
    id            uuid PRIMARY KEY,
    -- Insertion order (UUIDv7 ids made in the same millisecond are not ordered); the paging key.
    seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    occurred_at   timestamptz NOT NULL,
    event_type    text NOT NULL,
    actor_user_id uuid NULL,
    actor_email   text NULL,
    subject       text NULL,
    source_ip     text NULL,
    details       text NULL
);
CREATE INDEX audit_log_subject_idx ON directory.audit_log (subject, seq);

CREATE FUNCTION directory.audit_log_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'directory.audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON directory.audit_log
    FOR EACH ROW EXECUTE FUNCTION directory.audit_log_is_append_only();
