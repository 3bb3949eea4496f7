/** Staff, their roles and credentials, and the organisation they work in: sites, programs, tracks and rooms. */
@NullMarked
package org.stepwise.staff;

import org.jspecify.annotations.NullMarked;
