//! The kind of work a scenario's AI does: what one "item" of use is. Text answers are served by the decoding
//! roofline (`serving.rs`), images and videos by the diffusion model (`diffusion.rs`); everything after the
//! per-item energy (idle capacity, host, PUE, totals and every comparison) is the same for all kinds.

/// What one item of use is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumCount)]
pub enum Work {
    /// A text answer (a query): tokens decoded by a language model.
    Text,
    /// One generated image: a diffusion model's denoising steps over one frame's latent tokens.
    Image,
    /// One generated video clip: the same over all its frames' latent tokens.
    Video,
}

impl Work {
    pub const ALL: [Work; 3] = [Work::Text, Work::Image, Work::Video];

    /// Share-link id (`work=video`); absent means `text`.
    pub fn id(self) -> &'static str {
        match self {
            Work::Text => "text",
            Work::Image => "image",
            Work::Video => "video",
        }
    }

    /// The kind a `work=` value names (ASCII case-insensitive).
    pub fn from_id(id: &str) -> Option<Work> {
        Work::ALL
            .into_iter()
            .find(|w| w.id().eq_ignore_ascii_case(id))
    }

    /// True for the kinds a diffusion model generates.
    pub fn is_diffusion(self) -> bool {
        match self {
            Work::Text => false,
            Work::Image | Work::Video => true,
        }
    }

    /// The data version of this kind's results. Text keeps the version its numbers were published under; images
    /// and videos arrived with their own (CHANGELOG.md).
    pub fn data_version(self) -> &'static str {
        match self {
            Work::Text => super::DATA_VERSION,
            Work::Image | Work::Video => super::DIFFUSION_DATA_VERSION,
        }
    }
}

all_is_complete!(Work);
