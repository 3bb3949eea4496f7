package org.stepwise.consents;

/** Who signed: the client, or a representative with the authority to sign for them. */
public enum SignerType {
    CLIENT,
    REPRESENTATIVE
}
