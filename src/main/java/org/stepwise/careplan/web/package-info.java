/** The treatment plan pages (chart panel, plan, edit, sign, review, versions, compare, PDF) and the JSON API. */
@NullMarked
package org.stepwise.careplan.web;

import org.jspecify.annotations.NullMarked;
