/** The discharge page, the summary's pages and chart section, and the JSON API. */
@NullMarked
package org.stepwise.discharge.web;

import org.jspecify.annotations.NullMarked;
