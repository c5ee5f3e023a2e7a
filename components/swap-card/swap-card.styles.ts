import { css } from 'lit';

export default css`
  h2 {
    margin: 0 0 var(--_gap);
    font-size: 1.125em;
    line-height: 1.25;
  }
  h3 {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.25;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .placeholder {
    min-height: 12em;
  }
  article {
    display: grid;
    grid-template-columns: var(--salon-swap-cover-width, 6.5em) minmax(0, 1fr);
    gap: var(--_gap);
    padding: var(--_gap);
    margin-bottom: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .cover {
    display: grid;
    place-items: center;
    width: 100%;
    height: auto;
    aspect-ratio: 2 / 3;
    object-fit: cover;
    overflow: hidden;
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, currentColor 8%, transparent);
    font-size: 0.75em;
    text-align: center;
  }
  .about {
    min-width: 0;
  }
  .author,
  .genres {
    color: var(--_muted);
  }
  .blurb {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .blurb.open {
    display: block;
  }
  /* Links and link-buttons take the page's text colour, underlined: readable on any background. */
  .link {
    min-height: 0;
    padding: 0;
    border: 0;
    text-decoration: underline;
  }
  .genres,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
  }
  .buy,
  .newsletter {
    grid-column: 1 / -1;
  }
  .label {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  a {
    color: inherit;
  }
  .links a {
    display: inline-block;
    padding-block: 0.5em;
  }
  .shop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    font-weight: normal;
  }
  .shop .text {
    width: auto;
  }
  .consent {
    margin: 0;
  }
  @container (max-width: 18em) {
    article {
      grid-template-columns: 1fr;
    }
    .cover {
      max-width: 8em;
    }
  }
`;
