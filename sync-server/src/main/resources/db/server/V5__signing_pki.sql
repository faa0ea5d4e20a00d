-- Each school's document-signing PKI (docs/signatures.md): a CA beside the device CA, the school seal's key, the
-- time-stamping authority's key and, when kept here, the principal's. One PKCS#12 keystore, itself encrypted with
-- the server's master key, as is its random password: a database dump alone signs nothing.
CREATE TABLE signing_pki (
    school_id         UUID                     NOT NULL PRIMARY KEY REFERENCES school (id),
    keystore          BYTEA                    NOT NULL,
    keystore_password BYTEA                    NOT NULL,
    tsa_next_serial   BIGINT                   NOT NULL,
    crl_number        BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Revoked document-signing certificates (serial in lower-case hex), for the CRL the document CA signs.
CREATE TABLE signing_revocation (
    school_id  UUID                     NOT NULL REFERENCES school (id),
    serial     VARCHAR(64)              NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (school_id, serial)
);
