//! What a participant's build shows in place of the group view while the
//! full build, which has it, loads (see `ui::full_build`).

pub mod screen;
