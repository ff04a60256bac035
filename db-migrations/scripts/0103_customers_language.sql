-- The language a customer reads (surveys and emails are sent in it). Spanish unless the customer asked for English.
ALTER TABLE customers.customers
    ADD COLUMN language text NOT NULL DEFAULT 'es' CHECK (language IN ('es', 'en'));
