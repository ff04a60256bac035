-- The first ticket of a year created its year's sequence inside the creating transaction; a concurrent first ticket then
-- failed on CREATE SEQUENCE IF NOT EXISTS (unique violation on pg_class, as the other creation was not yet committed).
-- Now a lost race waits for the winner and uses its sequence, and next year's sequence is made ahead of time
-- (here, and daily by the prepare-ticket-numbers job), so 1 January under load never creates one at all.
CREATE FUNCTION tickets.ensure_number_sequence(p_year integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS tickets.number_%s', p_year);
EXCEPTION WHEN unique_violation OR duplicate_table THEN
    NULL; -- a concurrent transaction created it and has committed: use that one
END;
$$;

CREATE OR REPLACE FUNCTION tickets.next_number(p_year integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    sequence_name text := format('tickets.number_%s', p_year);
BEGIN
    RETURN nextval(sequence_name);
EXCEPTION WHEN undefined_table THEN
    PERFORM tickets.ensure_number_sequence(p_year);
    RETURN nextval(sequence_name);
END;
$$;

SELECT tickets.ensure_number_sequence(y)
FROM generate_series(extract(year FROM now())::integer, extract(year FROM now())::integer + 1) AS y;
