/** The schedule's pages (session types, track templates, weeks, sessions, availability, notices) and JSON API. */
@NullMarked
package org.stepwise.scheduling.web;

import org.jspecify.annotations.NullMarked;
