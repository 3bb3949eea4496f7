package org.stepwise.audit;

/** What was done. Past-tense facts about access to health data and about security. */
public enum AuditAction {
    VIEW,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    PRINT,
    BREAK_GLASS,
    ACCESS_DENIED,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ADMIN_CHANGE
}
