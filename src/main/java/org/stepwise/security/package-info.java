/**
 * Login, sessions, multi-factor authentication, API tokens and the rule of what each role may do.
 * Least privilege is enforced on the server: every controller method names the permission it needs.
 */
@NullMarked
package org.stepwise.security;

import org.jspecify.annotations.NullMarked;
