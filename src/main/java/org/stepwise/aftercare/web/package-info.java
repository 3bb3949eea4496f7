/** Aftercare: the pages and the JSON API. */
@NullMarked
package org.stepwise.aftercare.web;

import org.jspecify.annotations.NullMarked;
