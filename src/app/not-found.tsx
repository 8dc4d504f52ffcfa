/** An address with no screen: said, with the way to the Quote screen. */
export default function NotFound() {
  return (
    <div>
      <h2 className="text-lg font-semibold">Page not found</h2>
      <p className="mt-1 text-sm">
        There is no screen at this address.{' '}
        <a className="text-blue-700 underline dark:text-blue-300" href="/">
          Open the Quote screen
        </a>
        .
      </p>
    </div>
  );
}
