-- Every change to a customer's data keeps the previous value: field, old and new value, who, when, and the identity
-- verification that allowed a contact data change. Append-only.
CREATE TABLE customers.customer_history (
    id               uuid PRIMARY KEY,
    -- Insertion order, the paging key (UUIDv7 ids made in the same millisecond are not ordered).
    seq              bigint GENERATED ALWAYS AS IDENTITY,
    customer_id      uuid NOT NULL REFERENCES customers.customers (id),
    -- The API field name.
    field            text NOT NULL CHECK (field IN (
        'email', 'phones', 'address', 'city', 'fullName', 'kind', 'region', 'companySize', 'economicActivity', 'segment')),
    old_value        text NULL,
    new_value        text NULL,
    changed_by       uuid NULL,
    changed_by_email text NULL,
    changed_at       timestamptz NOT NULL,
    verification_id  uuid NULL REFERENCES customers.verifications (id)
);
CREATE INDEX customer_history_customer_idx ON customers.customer_history (customer_id, seq DESC);

CREATE FUNCTION customers.customer_history_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'customers.customer_history is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER customer_history_append_only
    BEFORE UPDATE OR DELETE ON customers.customer_history
    FOR EACH ROW EXECUTE FUNCTION customers.customer_history_is_append_only();
