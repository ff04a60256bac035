-- Results read these counts instead of surveys.answers: answers per template, item, local day (answer_days) or month
-- (answer_months), survey kind, campaign, slice and score (or yes/no). Each answer is counted once per dimension:
-- 'all' (slice NULL), 'topic', 'area', 'agent' (the ids as text), 'channel' (the ticket's), 'segment' (the customer's).
-- Slicing by campaign reads 'all' by campaign_id. A year of results reads twelve months of rows; a week seven days.
-- Kept in step by the trigger below, in the transaction that inserts the answers (answers are never updated or deleted).
-- Only answers that count are counted: a score on the item's scale, a yes or no, a free text that is not blank.
CREATE TABLE surveys.answer_days (
    template_id  uuid NOT NULL,
    dimension    text NOT NULL CHECK (dimension IN ('all', 'topic', 'area', 'agent', 'channel', 'segment')),
    local_day    date NOT NULL,
    item_key     text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('scale_1_7', 'nps_0_10', 'yes_no', 'free_text')),
    survey_kind  text NOT NULL CHECK (survey_kind IN ('hot', 'cold')),
    campaign_id  uuid NULL,
    slice        text NULL,
    score        smallint NULL,
    choice       boolean NULL,
    answers      integer NOT NULL CHECK (answers > 0)
);
-- The key, and the results' path: one template and dimension over a range of days.
CREATE UNIQUE INDEX answer_days_key ON surveys.answer_days
    (template_id, dimension, local_day, item_key, kind, survey_kind, campaign_id, slice, score, choice) NULLS NOT DISTINCT;

-- The same by month: month is the first day of the local month.
CREATE TABLE surveys.answer_months (
    template_id  uuid NOT NULL,
    dimension    text NOT NULL CHECK (dimension IN ('all', 'topic', 'area', 'agent', 'channel', 'segment')),
    month        date NOT NULL CHECK (extract(day FROM month) = 1),
    item_key     text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('scale_1_7', 'nps_0_10', 'yes_no', 'free_text')),
    survey_kind  text NOT NULL CHECK (survey_kind IN ('hot', 'cold')),
    campaign_id  uuid NULL,
    slice        text NULL,
    score        smallint NULL,
    choice       boolean NULL,
    answers      integer NOT NULL CHECK (answers > 0)
);
CREATE UNIQUE INDEX answer_months_key ON surveys.answer_months
    (template_id, dimension, month, item_key, kind, survey_kind, campaign_id, slice, score, choice) NULLS NOT DISTINCT;

-- Adds the answers of one INSERT statement (all of a response's answers when they are inserted together). Rows are
-- locked in key order, so two responses counted at once wait for each other rather than deadlock; a response's answers
-- inserted one statement per item should go in the template's item order.
CREATE FUNCTION surveys.count_new_answers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Counted once per day; the months are the same counts summed by month.
    WITH counted AS (
        SELECT a.template_id, d.dimension, a.local_day, a.item_key, a.kind, a.survey_kind, a.campaign_id, d.slice,
               CASE WHEN a.kind IN ('scale_1_7', 'nps_0_10') THEN a.score END AS score,
               CASE WHEN a.kind = 'yes_no' THEN a.choice END AS choice,
               count(*) AS answers
        FROM new_answers a
        CROSS JOIN LATERAL (VALUES ('all', NULL), ('topic', a.topic_id::text), ('area', a.area_id::text), ('agent', a.agent_id::text),
                                   ('channel', a.ticket_channel), ('segment', a.customer_segment)) AS d (dimension, slice)
        WHERE CASE a.kind WHEN 'scale_1_7' THEN a.score BETWEEN 1 AND 7
                          WHEN 'nps_0_10' THEN a.score BETWEEN 0 AND 10
                          WHEN 'yes_no' THEN a.choice IS NOT NULL
                          ELSE btrim(coalesce(a.comment, '')) <> '' END
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ), days AS (
        INSERT INTO surveys.answer_days AS c
            (template_id, dimension, local_day, item_key, kind, survey_kind, campaign_id, slice, score, choice, answers)
        SELECT * FROM counted
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        ON CONFLICT (template_id, dimension, local_day, item_key, kind, survey_kind, campaign_id, slice, score, choice)
        DO UPDATE SET answers = c.answers + excluded.answers
    )
    INSERT INTO surveys.answer_months AS c
        (template_id, dimension, month, item_key, kind, survey_kind, campaign_id, slice, score, choice, answers)
    SELECT template_id, dimension, date_trunc('month', local_day)::date, item_key, kind, survey_kind, campaign_id, slice, score, choice, sum(answers)
    FROM counted
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT (template_id, dimension, month, item_key, kind, survey_kind, campaign_id, slice, score, choice)
    DO UPDATE SET answers = c.answers + excluded.answers;

    RETURN NULL;
END
$$;

CREATE TRIGGER answers_counted AFTER INSERT ON surveys.answers
    REFERENCING NEW TABLE AS new_answers
    FOR EACH STATEMENT EXECUTE FUNCTION surveys.count_new_answers();

-- Counts every answer again from surveys.answers (a bulk load that skipped the trigger, or a repair). Same rules as the
-- trigger; a test checks that both give the same rows.
CREATE FUNCTION surveys.recount_answers() RETURNS void LANGUAGE sql AS $$
    TRUNCATE surveys.answer_days, surveys.answer_months;

    INSERT INTO surveys.answer_days
        (template_id, dimension, local_day, item_key, kind, survey_kind, campaign_id, slice, score, choice, answers)
    SELECT a.template_id, d.dimension, a.local_day, a.item_key, a.kind, a.survey_kind, a.campaign_id, d.slice,
           CASE WHEN a.kind IN ('scale_1_7', 'nps_0_10') THEN a.score END,
           CASE WHEN a.kind = 'yes_no' THEN a.choice END,
           count(*)
    FROM surveys.answers a
    CROSS JOIN LATERAL (VALUES ('all', NULL), ('topic', a.topic_id::text), ('area', a.area_id::text), ('agent', a.agent_id::text),
                               ('channel', a.ticket_channel), ('segment', a.customer_segment)) AS d (dimension, slice)
    WHERE CASE a.kind WHEN 'scale_1_7' THEN a.score BETWEEN 1 AND 7
                      WHEN 'nps_0_10' THEN a.score BETWEEN 0 AND 10
                      WHEN 'yes_no' THEN a.choice IS NOT NULL
                      ELSE btrim(coalesce(a.comment, '')) <> '' END
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

    INSERT INTO surveys.answer_months
        (template_id, dimension, month, item_key, kind, survey_kind, campaign_id, slice, score, choice, answers)
    SELECT template_id, dimension, date_trunc('month', local_day)::date, item_key, kind, survey_kind, campaign_id, slice, score, choice, sum(answers)
    FROM surveys.answer_days
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
$$;
