/** The consents pages and JSON API. */
@NullMarked
package org.stepwise.consents.web;

import org.jspecify.annotations.NullMarked;
