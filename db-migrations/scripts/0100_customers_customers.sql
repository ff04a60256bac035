-- Customers (CRM): one record per person or company, identified by document type and number.
CREATE SCHEMA IF NOT EXISTS customers;

-- Accent-insensitive name search. unaccent() is only STABLE (its dictionary could change), so an index or a generated
-- column cannot use it directly; this wrapper pins the dictionary by name and is declared IMMUTABLE.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE FUNCTION customers.search_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

CREATE TABLE customers.customers (
    id                 uuid PRIMARY KEY,
    document_type      text NOT NULL CHECK (document_type IN ('CC', 'CE', 'NIT', 'TI', 'PA')),
    -- Normalised: upper case, no dots or spaces; a NIT without its check digit.
    document_number    text NOT NULL CHECK (document_number ~ '^[A-Z0-9]{3,15}$'),
    full_name          text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    -- Lower case without accents: what name searches compare with ("jose perez" finds "José Pérez").
    name_search        text NOT NULL GENERATED ALWAYS AS (customers.search_key(full_name)) STORED,
    email              text NULL CHECK (email = lower(email) AND length(email) <= 254),
    -- Normalised: digits with an optional leading +.
    phones             text[] NOT NULL DEFAULT '{}' CHECK (cardinality(phones) <= 5),
    address            text NULL CHECK (length(address) <= 300),
    city               text NULL CHECK (length(city) <= 100),
    -- NULL until an agent classifies a customer created by ticket intake.
    kind               text NULL CHECK (kind IN ('affiliate', 'employer', 'provider', 'non_affiliate')),
    region             text NULL CHECK (length(region) <= 100),
    company_size       text NULL CHECK (company_size IN ('micro', 'small', 'medium', 'large')),
    economic_activity  text NULL CHECK (length(economic_activity) <= 200),
    segment            text NULL CHECK (length(segment) <= 100),
    created_at         timestamptz NOT NULL,
    created_by         uuid NULL,
    created_by_partner uuid NULL,
    updated_at         timestamptz NOT NULL
);

-- Number first: serves the exact document search with or without the type, and keeps (type, number) unique.
CREATE UNIQUE INDEX customers_document_key ON customers.customers (document_number, document_type);
-- Partial and accent-insensitive name matches (LIKE '%jose%' on name_search).
CREATE INDEX customers_name_trgm_idx ON customers.customers USING gin (name_search gin_trgm_ops);
-- The list order and its keyset: ORDER BY name_search, id.
CREATE INDEX customers_name_order_idx ON customers.customers (name_search, id);
CREATE INDEX customers_email_idx ON customers.customers (email) WHERE email IS NOT NULL;
-- phones @> ARRAY['3001234567']
CREATE INDEX customers_phones_idx ON customers.customers USING gin (phones);
