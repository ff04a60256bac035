-- In-app notices for staff (a leg arrived for your area, …), shown in the SPA until read.
CREATE TABLE notifications.notices (
    id         uuid PRIMARY KEY,
    user_id    uuid NOT NULL,
    title      text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    body       text NOT NULL CHECK (length(body) <= 4000),
    link       text NULL,
    created_at timestamptz NOT NULL,
    read_at    timestamptz NULL
);
CREATE INDEX notices_user_idx ON notifications.notices (user_id, created_at DESC);
CREATE INDEX notices_unread_idx ON notifications.notices (user_id) WHERE read_at IS NULL;
