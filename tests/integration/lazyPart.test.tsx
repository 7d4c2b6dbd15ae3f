import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LazyPart } from '../../src/components/LazyPart';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

function Broken(): never {
  throw new Error('The part broke while drawing.');
}

function page(load: () => Promise<typeof Greeting>) {
  return render(
    <>
      <p>The chart stays.</p>
      <LazyPart
        what="The greeting"
        load={load}
        props={{ name: 'reader' }}
        fallback={<p>Loading the greeting…</p>}
      />
    </>,
  );
}

describe('a part of the page loaded on demand', () => {
  it('shows its fallback, then the part with its props', async () => {
    page(() => Promise.resolve(Greeting));
    expect(screen.getByText('Loading the greeting…')).toBeInTheDocument();
    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
  });

  it('says so when its code does not arrive, keeps the page, and loads again on Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Greeting);
    page(load);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The greeting could not be shown.');
    expect(alert).toHaveTextContent('Failed to fetch dynamically imported module');
    expect(screen.getByText('The chart stays.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps a part that fails to draw to itself', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <p>The chart stays.</p>
        <LazyPart what="The broken part" load={() => Promise.resolve(Broken)} props={{}} />
      </>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The broken part could not be shown.',
    );
    expect(screen.getByText('The chart stays.')).toBeInTheDocument();
  });
});
