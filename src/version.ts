/** This build's version; a second copy of Salon on the page compares it before defining elements. */
export const VERSION: string = '0.1.0';
