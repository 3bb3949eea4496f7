@NullMarked
package org.stepwise.episodes;

import org.jspecify.annotations.NullMarked;
