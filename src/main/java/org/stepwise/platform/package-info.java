/**
 * Infrastructure every module runs on: the embedded PostgreSQL when no external database is configured, error pages and
 * problem details, and web settings. Other modules do not call into it.
 */
@NullMarked
package org.stepwise.platform;

import org.jspecify.annotations.NullMarked;
