import { AppBar } from '../ui/app-bar';

// SCAFFOLD: replaced by the real screen.
export function ComplaintsScreen() {
  return (
    <div className="screen">
      <AppBar />
      <main>ComplaintsScreen</main>
    </div>
  );
}
