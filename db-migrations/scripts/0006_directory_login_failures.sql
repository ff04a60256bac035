-- Failed logins are counted per client address, for each email typed from it (email = the lower-cased email) and for
-- all emails together (email = ''), never per account: a stranger cannot lock a staff member out, and an unknown email
-- is counted exactly like a known one. A row whose window has passed counts as no row; failed logins prune them.
CREATE TABLE directory.login_failures (
    client_address    text NOT NULL,
    email             text NOT NULL,
    failures          integer NOT NULL,
    window_started_at timestamptz NOT NULL,
    blocked_until     timestamptz NULL,
    PRIMARY KEY (client_address, email)
);
CREATE INDEX login_failures_window_idx ON directory.login_failures (window_started_at);

-- The account-wide lockout these kept is gone.
ALTER TABLE directory.users DROP COLUMN failed_login_count, DROP COLUMN locked_until;
