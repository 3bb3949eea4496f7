package org.stepwise.security;

/**
 * What a signed-in user may do. Controllers require one with {@code @PreAuthorize("hasAuthority('NAME')")}; the
 * mapping from roles lives in {@link RolePermissions}.
 */
public enum Permission {
    /** Find clients by name, date of birth, record number or phone. */
    CLIENT_SEARCH,
    /** Open a client's registry record: demographics, contacts, support network. */
    CLIENT_VIEW,
    CLIENT_CREATE,
    CLIENT_EDIT,
    /** Soft-delete a client record (a duplicate, a record made in error), with a reason. */
    CLIENT_DELETE,
    /** Read clinical content: plans, notes, scores, safety plans. */
    CLINICAL_READ,
    CLINICAL_WRITE,
    /** The physician's signature on a treatment plan (a prescriber: psychiatrist, physician, nurse practitioner). */
    PLAN_PHYSICIAN_SIGN,
    /** Co-sign a note of a supervisee whose credential requires it. */
    NOTE_COSIGN,
    /** Referrals, screening at intake, the admission decision. */
    INTAKE,
    /** Record and revoke consents (treatment, HIPAA authorization, 42 CFR Part 2). */
    CONSENT_MANAGE,
    /** See the schedule and rosters. */
    SCHEDULE_VIEW,
    /** Book clients into sessions, change one session (holiday, substitute, room), set a client's availability. */
    SCHEDULE_MANAGE,
    /** Plan the weeks: session types, track templates and curricula, generating weeks, running and accepting the optimizer. */
    SCHEDULE_PLAN,
    /** Record attendance: check clients in and out. */
    CHECK_IN,
    /** Issue 7: discharge a client (the episode's end, its type and reason) and sign the discharge summary. */
    DISCHARGE,
    /** Issue 7: the follow-up calls after discharge, their outcome checks, re-engagement, and the alumni roster. */
    FOLLOW_UP,
    /** Charges, authorizations and claims. */
    BILLING,
    /** Program-wide oversight: every client's status, signals and flags, and break-glass review. */
    PROGRAM_OVERSIGHT,
    /** Read and export the audit log, run the chain verifier. */
    AUDIT_READ,
    /** Manage staff accounts, their roles and credentials. */
    STAFF_ADMIN,
    /** Manage sites, programs, tracks and rooms. */
    ORGANISATION_ADMIN,
    /** Security policy such as which roles must use multi-factor authentication. */
    SECURITY_ADMIN
}
